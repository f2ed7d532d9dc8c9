package org.madang.services.bundle.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.services.bundle.domain.BundleFiling;
import org.madang.services.bundle.domain.BusinessBundle;
import org.madang.services.domain.ApplicationNumber;

import java.util.List;
import java.util.Optional;

/** Bundle definitions and filings in the database. */
@ApplicationScoped
public class BundleRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public List<BusinessBundle> bundles() {
        return em.createQuery("select b from BusinessBundle b order by b.position, b.id", BusinessBundle.class)
                .getResultList();
    }

    public Optional<BusinessBundle> bundle(long id) {
        return Optional.ofNullable(em.find(BusinessBundle.class, id));
    }

    public Optional<BusinessBundle> bundleByCode(String code) {
        return em.createQuery("select b from BusinessBundle b where b.code = :c", BusinessBundle.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public void add(BundleFiling f) {
        em.persist(f);
        em.flush();
    }

    /** By receipt number or, before submission, by draft key. */
    public Optional<BundleFiling> findByReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        Optional<ApplicationNumber> number = ApplicationNumber.tryParse(reference);
        return (number.isPresent()
                ? em.createQuery("select f from BundleFiling f where f.number = :n", BundleFiling.class)
                .setParameter("n", number.get().toString())
                : em.createQuery("select f from BundleFiling f where f.draftKey = :k", BundleFiling.class)
                .setParameter("k", reference.strip())).getResultStream().findFirst();
    }

    /** The filing one of whose parts is this application. */
    public Optional<BundleFiling> filingOfApplication(long applicationId) {
        return em.createQuery("select f from BundleFiling f join f.parts p where p.applicationId = :a",
                BundleFiling.class).setParameter("a", applicationId).getResultStream().findFirst();
    }

    public List<BundleFiling> ofApplicant(long accountId) {
        return em.createQuery("select f from BundleFiling f where f.applicantId = :me order by f.createdAt desc, f.id desc",
                BundleFiling.class).setParameter("me", accountId).setMaxResults(200).getResultList();
    }
}
