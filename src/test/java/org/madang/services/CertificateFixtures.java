package org.madang.services;

import org.madang.testsupport.InContainer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.RegistrationForm;
import org.madang.identity.domain.Region;
import org.madang.services.application.IssueRequest;

import org.madang.testsupport.incontainer.Db;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/** People, requests and readings for CertificateArquillianIT. */
@InContainer
final class CertificateFixtures {
    static final String DEMO = "Madang!2026";
    static final String PASSWORD = "Citizen!2026";
    // ten syllables that never occur in the document's fixed text, so a name is found only where printed
    private static final String[] SYLLABLES = {"갑", "을", "병", "정", "무", "기", "경", "신", "임", "계"};
    private static final AtomicInteger SEQ = new AtomicInteger();

    private CertificateFixtures() {
    }

    /** A person to register: the name is unique in this run and of fixed length, so no name contains another. */
    record Citizen(String name, String email, long id) {
    }

    static String runTag() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return SYLLABLES[r.nextInt(10)] + SYLLABLES[r.nextInt(10)] + SYLLABLES[r.nextInt(10)];
    }

    static String name(String runTag, int i) {
        return "시험" + runTag + SYLLABLES[(i / 10) % 10] + SYLLABLES[i % 10];
    }

    static Citizen register(AccountRegistration registration, String name) {
        String email = "cert." + System.nanoTime() + "." + SEQ.incrementAndGet() + "@it.example.kr";
        RegistrationForm f = new RegistrationForm();
        f.setName(name);
        f.setEmail(email);
        f.setPassword(PASSWORD);
        f.setPasswordConfirmation(PASSWORD);
        f.setBirthDate(LocalDate.of(1990, 1, 1).plusDays(SEQ.get()));
        f.setRegion(Region.SEOUL);
        var r = registration.register(f);
        if (r.outcome() != AccountRegistration.Outcome.CREATED) {
            throw new IllegalStateException("registration of " + email + " gave " + r.outcome());
        }
        return new Citizen(name, email, r.accountId());
    }

    static long department(OrganisationDirectory directory, String agency, String code) {
        return directory.departments().stream().filter(d -> agency.equals(d.agencyCode()) && code.equals(d.code()))
                .findFirst().orElseThrow().id();
    }

    static IssueRequest request(long holder, String holderName, long department) {
        return new IssueRequest("IT-" + System.nanoTime(), holder, department, "TAX_PAYMENT_CERTIFICATE",
                "납세증명서", "Tax Payment Certificate", holderName,
                List.of(new IssueRequest.ContentLine("주소", "Address", "서울특별시 종로구 삼봉로 81"),
                        new IssueRequest.ContentLine("체납액", "Arrears", "없음 (none)")), "ko");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /**
     * One POST to the probe servlet per citizen, all released at the same instant by a latch, from
     * as many client threads as citizens; the answers come back in citizen order.
     */
    static List<HttpResponse<byte[]>> all(URI probe, List<Citizen> citizens,
                                          Function<Citizen, Map<String, String>> form) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(citizens.size());
        // the client's own threads are separate: the callers' threads all block in send()
        // HTTP/1.1: one connection per citizen, as fifty browsers would have (no h2c upgrade multiplexing)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>();
            for (Citizen c : citizens) {
                String body = form.apply(c).entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
                HttpRequest r = HttpRequest.newBuilder(probe).timeout(Duration.ofMinutes(4))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        // the portal refuses POSTs that no page of its own made (CrossSiteRequestFilter)
                        .header("Origin", probe.getScheme() + "://" + probe.getAuthority())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return client.send(r, HttpResponse.BodyHandlers.ofByteArray());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, callers));
            }
            start.countDown();
            List<HttpResponse<byte[]>> answers = new ArrayList<>();
            for (var call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            callers.shutdownNow();
        }
    }

    /** Moves a document's issue back in time, as if it had been issued long ago (plain JDBC, committed). */
    static void age(String issuanceNumber, int days) throws Exception {
        int changed = Db.update("update services_issued_document set issued_at = issued_at - make_interval(days => ?),"
                + " valid_until = valid_until - make_interval(days => ?) where issuance_number = ?",
                days, days, issuanceNumber.replace("-", ""));
        if (changed != 1) {
            throw new IllegalStateException("no document " + issuanceNumber);
        }
    }
}
