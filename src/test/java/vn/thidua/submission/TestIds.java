package vn.thidua.submission;

import java.lang.reflect.Field;

/** Gives an entity that was never persisted the id the database would have given it. */
final class TestIds {

    private TestIds() {
    }

    /** Sets the private field {@code id} (declared on the entity's class or a superclass) and returns the entity. */
    static <T> T withId(T entity, long id) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("id");
                field.setAccessible(true);
                field.set(entity, id);
                return entity;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no field id");
    }
}
