package vn.thidua.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.thidua.notification.Notification;
import vn.thidua.notification.NotificationService;

/** The caller's notifications: the count in the menu and /account/notifications.xhtml. */
@Named
@RequestScoped
public class NotificationsBean {

    private static final int SHOWN = 100;

    @Inject
    private NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    public List<Notification> getMine() {
        return notifications.mine(SHOWN);
    }

    public void markAllRead() {
        notifications.markAllRead();
        unread = 0L;
    }
}
