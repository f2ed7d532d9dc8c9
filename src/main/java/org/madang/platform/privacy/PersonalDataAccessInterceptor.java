package org.madang.platform.privacy;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;

/** Records the read declared by {@link PersonalDataAccess} once the method has returned the data. */
@PersonalDataAccess
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 90)
public class PersonalDataAccessInterceptor {
    @Inject
    AccessRecorder recorder;

    @AroundInvoke
    Object record(InvocationContext ctx) throws Exception {
        Object result = ctx.proceed();
        Method m = ctx.getMethod();
        PersonalDataAccess decl = m.getAnnotation(PersonalDataAccess.class);
        if (decl == null) {
            decl = m.getDeclaringClass().getAnnotation(PersonalDataAccess.class);
        }
        String[] roles = roles(m);
        Long subject = null;
        String reference = null;
        Annotation[][] pa = m.getParameterAnnotations();
        Object[] args = ctx.getParameters();
        for (int i = 0; i < pa.length; i++) {
            for (Annotation a : pa[i]) {
                if (a instanceof DataSubject && args[i] instanceof Number n) {
                    subject = n.longValue();
                } else if (a instanceof PurposeReference) {
                    reference = String.valueOf(args[i]);
                }
            }
        }
        var fields = Arrays.asList(decl.fields());
        if (subject != null) {
            recorder.record(subject, fields, decl.purpose(), reference, roles);
        } else if (result instanceof PersonalData pd) {
            recorder.record(pd.dataSubjectId(), fields, decl.purpose(), reference, roles);
        } else if (result instanceof Collection<?> c) {
            for (Object o : c) {
                if (o instanceof PersonalData pd) {
                    recorder.record(pd.dataSubjectId(), fields, decl.purpose(), reference, roles);
                }
            }
        } else if (result instanceof java.util.Optional<?> opt && opt.orElse(null) instanceof PersonalData pd) {
            recorder.record(pd.dataSubjectId(), fields, decl.purpose(), reference, roles);
        }
        return result;
    }

    private static String[] roles(Method m) {
        RolesAllowed ra = m.getAnnotation(RolesAllowed.class);
        if (ra == null) {
            ra = m.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return ra == null ? new String[0] : ra.value();
    }
}
