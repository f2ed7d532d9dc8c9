package org.madang.platform.privacy;

/** A result carrying one citizen's personal data: it names that citizen. */
public interface PersonalData {
    long dataSubjectId();
}
