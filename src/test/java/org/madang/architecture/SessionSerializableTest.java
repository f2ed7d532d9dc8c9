package org.madang.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beans kept in the HTTP session travel between instances when sessions are shared
 * (MADANG_SESSION_STORE=hazelcast): Liberty serializes every attribute at the end of a request.
 * A view- or session-scoped bean that is not Serializable, or that keeps a non-serializable value
 * in a non-transient field, would break the session on the next instance, so the build refuses it.
 * Injected fields are Weld's or the EJB container's serializable proxies and need no check.
 */
class SessionSerializableTest {

    @Test
    void sessionKeptBeansAreSerializable() {
        List<String> problems = new ArrayList<>();
        for (JavaClass bean : sessionKeptBeans()) {
            Class<?> type = bean.reflect();
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " is not Serializable");
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (mustSerialize(f)) {
                        check(type.getName() + "." + f.getName(), f.getGenericType(), problems, new HashSet<>());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckSeesWhatItMustRefuse() {
        assertThat(serializable(field("thread").getGenericType())).isFalse();
        assertThat(serializable(field("threads").getGenericType())).isFalse();
        assertThat(serializable(field("byName").getGenericType())).isFalse();
        assertThat(serializable(field("names").getGenericType())).isTrue();
        assertThat(mustSerialize(field("skipped"))).isFalse();
        assertThat(sessionKeptBeans()).hasSizeGreaterThan(50);
    }

    static List<JavaClass> sessionKeptBeans() {
        return new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.madang").stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)
                        || c.isAnnotatedWith(ConversationScoped.class))
                .toList();
    }

    /** A field's type, and, for the portal's own types (records of views), their fields in turn. */
    private static void check(String where, Type t, List<String> problems, Set<Type> seen) {
        if (!seen.add(t)) {
            return;
        }
        if (!serializable(t)) {
            problems.add(where + " (" + t.getTypeName() + ") is neither serializable nor transient");
            return;
        }
        if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                check(where, a, problems, seen);
            }
        } else if (t instanceof Class<?> c && c.isArray()) {
            check(where, c.getComponentType(), problems, seen);
        } else if (t instanceof Class<?> c && c.getName().startsWith("org.madang.") && !c.isEnum()) {
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                        check(where + "." + f.getName(), f.getGenericType(), problems, seen);
                    }
                }
            }
        }
    }

    private static boolean mustSerialize(Field f) {
        int m = f.getModifiers();
        return !Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()
                && !f.isAnnotationPresent(Inject.class) && !f.isAnnotationPresent(EJB.class);
    }

    /** Declared types only: a field of an interface type is judged by its type arguments when it is a collection. */
    static boolean serializable(Type t) {
        if (t instanceof Class<?> c) {
            return c.isPrimitive() || Serializable.class.isAssignableFrom(c)
                    || Collection.class.isAssignableFrom(c) && c.isInterface()
                    || Map.class.isAssignableFrom(c) && c.isInterface()
                    || c.isArray() && serializable(c.getComponentType());
        }
        if (t instanceof ParameterizedType p) {
            if (!serializable(p.getRawType())) {
                return false;
            }
            for (Type a : p.getActualTypeArguments()) {
                if (!serializable(a)) {
                    return false;
                }
            }
            return true;
        }
        if (t instanceof GenericArrayType g) {
            return serializable(g.getGenericComponentType());
        }
        if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                if (b != Object.class && !serializable(b)) {
                    return false;
                }
            }
            return true;
        }
        if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                if (b != Object.class && !serializable(b)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static Field field(String name) {
        try {
            return Samples.class.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unused")
    private static final class Samples {
        Thread thread;
        List<Thread> threads;
        Map<String, Thread> byName;
        List<String> names;
        transient Thread skipped;
    }
}
