package vn.thidua.common;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work that must wait for the current transaction's outcome: files and e-mails cannot be rolled back. */
public final class TransactionEnd {

    private TransactionEnd() {
    }

    /** Runs the action once the current transaction has committed. */
    public static void onCommit(TransactionSynchronizationRegistry transactions, Runnable action) {
        register(transactions, true, action);
    }

    /** Runs the action when the current transaction ends without committing. */
    public static void onRollback(TransactionSynchronizationRegistry transactions, Runnable action) {
        register(transactions, false, action);
    }

    private static void register(TransactionSynchronizationRegistry transactions, boolean committed, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    action.run();
                }
            }
        });
    }
}
