/*
 * Madang voting booth: the Belenios 2.0 cryptography that runs in the voter's (or trustee's) browser,
 * so that the portal never sees a plain vote or a trustee's private key. Plain JavaScript, no
 * build step: BigInt for the arithmetic, WebCrypto for SHA-256, PBKDF2 and randomness (so the
 * page must be a secure context: https or localhost). The Java core in
 * org.madang.voting.domain.belenios is the specification; every output here is accepted by it and
 * by belenios-tool 2.0.
 *
 * API (global MadangBooth; every number in JSON is a decimal string, every JSON output compact
 * and in Belenios' canonical field order):
 *
 *   await MadangBooth.encryptBallot(electionJson, credential, choices) -> ballot JSON string
 *       electionJson: the election's exact election.json text (one final newline is ignored);
 *       credential: the printed credential "xxx-xxx-xxx-xxx-xxx";
 *       choices: one entry per question, either an array of 0/1 (or booleans), one per answer in
 *       the election's order, or the string "blank" for a blank vote where the question allows it
 *       (an array of answers+1 entries, blank first, as in Belenios' own plaintexts, also works).
 *       Ballot: {"election_uuid","election_hash","credential","answers":[{"choices":[{"alpha",
 *       "beta"}...],"individual_proofs":[[{"challenge","response"}x2]...],"overall_proof":[...],
 *       "blank_proof":[...] (blank questions only)}...],"signature":{"hash","proof":{...}}}
 *   await MadangBooth.tracker(ballotJson) -> the ballot tracker: unpadded Base64 SHA-256 of the
 *       ballot's bytes, as the bulletin board shows it.
 *   await MadangBooth.generateTrusteeKey(groupOrElectionJson?) -> {privateKey, privateKeyFile,
 *       publicKeyJson}: privateKey the decimal secret x; privateKeyFile the same as belenios-tool
 *       writes a .privkey ("x" and a newline); publicKeyJson {"pok":{"challenge","response"},
 *       "public_key"} as in a .pubkey. The argument may be omitted, "BELENIOS-2048", or any JSON
 *       with "group":"BELENIOS-2048" (the only group Belenios 2.0 and the portal use).
 *   await MadangBooth.partialDecrypt(privateKey, encryptedTallyJson, electionJson) -> JSON
 *       {"decryption_factors":[[f...]...],"decryption_proofs":[[{"challenge","response"}...]...]};
 *       privateKey: decimal string or .privkey content; encryptedTallyJson: the archive's
 *       encrypted tally [[{"alpha","beta"}...]...].
 *   await MadangBooth.deriveCredentialPublic(credential, electionUuid) -> decimal g^s.
 *   MadangBooth.isCredentialWellFormed(credential) -> boolean (format and checksum: typing mistakes).
 *   await MadangBooth.prepare(electionJson) -> optional: builds the exponentiation tables ahead,
 *       e.g. while the voter reads the question, so that encryptBallot itself is quicker.
 *
 * Loading: <h:outputScript name="js/booth/booth.js"/> (or <script src="CONTEXT/resources/js/
 * booth/booth.js">); one file, no dependencies. Pass the election JSON exactly as the server stores it:
 * the fingerprint every proof refers to is a hash of those bytes, so re-serialised JSON is refused.
 * Timing (Chromium 156, busy 2-core machine): a 1-question ballot takes ~10 ms once prepared, 15-45 ms
 * on a fresh page, 70-180 ms with the CPU slowed down 4x like a phone; so no Web Worker is needed.
 *
 * Failures throw MadangBooth.BoothError with a stable `code` for the page to translate:
 * NO_WEBCRYPTO, BAD_ELECTION, UNSUPPORTED, BAD_CREDENTIAL, BAD_CHOICES, CHOICE_COUNT (with
 * `question`, `min`, `max`), BAD_KEY, BAD_TALLY.
 */
(function (root) {
    'use strict';

    const GROUP = 'BELENIOS-2048';
    const P = BigInt('20694785691422546401013643657505008064922989295751104097100884787057374219242717401922237254497684338129066'
        + '633138078958404960054389636289796393038773905722803605973749427671376777618898589872735865049081167099310'
        + '535867780980030790491654063777173764198678527273474476341835600035698305193144284561701911000786737307333'
        + '564123971732897913240474578834468260652327974647951137672658693582180046317922073668860052627186363386088'
        + '796882120769432366149491002923444346373222145884100586421050242120365433561201320481118852408731077014151'
        + '666200162313177169372189248078507711827842317498073276598828825169183103125680162072880719');
    const Q = BigInt('78571733251071885079927659812671450121821421258408794611510081919805623223441');
    const G = BigInt('24023526775018522092276877035323999327122876573783649165100753187876632741463532193202856761552696787996'
        + '946682987493890950838965734256019006010684771644917354741372831046104586813145117816467554005274028898461'
        + '398645326612150557970971620161682703128864324566638348636357821061549184199825343151897406581868686511513'
        + '585764101388822153960160432288436039309893336627728484065931384060102316750957637779826651036068224066350'
        + '766977640253462537730851331734951942489677540525736590494924776314759915751987751777114814909204566002054'
        + '78127054728238140972518639858334115700568353695553423781475582491896050296680037745308460627');
    const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    const DECIMAL = /^(0|[1-9][0-9]*)$/;

    class BoothError extends Error {
        constructor(code, message, details) {
            super(message);
            this.name = 'BoothError';
            this.code = code;
            Object.assign(this, details || {});
        }
    }

    // ---- arithmetic modulo p -------------------------------------------------------------------

    // Plain % on purpose: in Chromium 156 it takes 2.1 us per 2048-bit product, Barrett reduction 3.3 us
    // (V8's BigInt division got fast; Barrett only won on older engines such as node 20's).
    function mulMod(a, b) {
        return a * b % P;
    }

    function modQ(x) {
        const r = x % Q;
        return r < 0n ? r + Q : r;
    }

    /** base^e mod p for a base seen once: sliding window of 5 bits over the exponent. */
    function modPow(base, e) {
        if (e === 0n) {
            return 1n;
        }
        const odd = [base];
        const sq = mulMod(base, base);
        for (let i = 1; i < 16; i++) {
            odd.push(mulMod(odd[i - 1], sq));
        }
        const bits = e.toString(2);
        let r = 1n;
        let i = 0;
        while (i < bits.length) {
            if (bits[i] === '0') {
                r = mulMod(r, r);
                i++;
                continue;
            }
            let j = Math.min(i + 5, bits.length);
            while (bits[j - 1] === '0') {
                j--;
            }
            for (let k = i; k < j; k++) {
                r = mulMod(r, r);
            }
            r = mulMod(r, odd[(parseInt(bits.slice(i, j), 2) - 1) >> 1]);
            i = j;
        }
        return r;
    }

    function isElement(x) {
        return x > 0n && x < P && modPow(x, Q) === 1n;
    }

    /**
     * Fixed-base exponentiation for g and the election key y: rows[i][d] = base^(d·2^(W·i)), so an
     * exponent below q costs ceil(256/W) multiplications instead of ~300. A booth page encrypts one
     * ballot (25 to 100 exponentiations), so W = 4 (960 multiplications to build, 64 per use) costs
     * least in total; W = 6 would build for ~5x longer to save 21 multiplications per use.
     */
    const W = 4;
    const WB = BigInt(W);
    const MASK = (1n << WB) - 1n;

    class FixedBase {
        constructor(base) {
            this.rows = [];
            let b = base;
            const rowCount = Math.ceil(Q.toString(2).length / W);
            for (let i = 0; i < rowCount; i++) {
                const row = [1n, b];
                for (let d = 2; d < (1 << W); d++) {
                    row.push(mulMod(row[d - 1], b));
                }
                this.rows.push(row);
                b = mulMod(row[(1 << W) - 1], b);
            }
        }

        /** base^e for any integer e (taken mod q, the order of every base used here). */
        pow(e) {
            let x = modQ(e);
            let r = 1n;
            for (let i = 0; x > 0n; i++) {
                const d = Number(x & MASK);
                if (d !== 0) {
                    r = r === 1n ? this.rows[i][d] : mulMod(r, this.rows[i][d]);
                }
                x >>= WB;
            }
            return r;
        }
    }

    let gTable = null;

    function g() {
        if (gTable === null) {
            gTable = new FixedBase(G);
        }
        return gTable;
    }

    // ---- WebCrypto, hashing, encodings ---------------------------------------------------------

    function webCrypto() {
        const c = root.crypto;
        if (!c || !c.subtle || !c.getRandomValues) {
            throw new BoothError('NO_WEBCRYPTO', 'this browser offers no WebCrypto here (an https page is needed)');
        }
        return c;
    }

    const encoder = new TextEncoder();

    function bytesToBig(bytes) {
        let hex = '';
        for (const b of bytes) {
            hex += b.toString(16).padStart(2, '0');
        }
        return hex.length === 0 ? 0n : BigInt('0x' + hex);
    }

    async function sha256(text) {
        return new Uint8Array(await webCrypto().subtle.digest('SHA-256', encoder.encode(text)));
    }

    function base64(bytes) {
        let s = '';
        for (const b of bytes) {
            s += String.fromCharCode(b);
        }
        return root.btoa(s).replace(/=+$/, '');
    }

    /** H(s): SHA-256 of the UTF-8 text read as a big-endian number, mod q (Belenios' Fiat-Shamir oracle). */
    async function hashQ(text) {
        return bytesToBig(await sha256(text)) % Q;
    }

    /** A uniform exponent in [0, q): 256 random bits, drawn again when >= q. */
    function randomQ() {
        const buf = new Uint8Array(32);
        for (;;) {
            webCrypto().getRandomValues(buf);
            const x = bytesToBig(buf);
            if (x < Q) {
                return x;
            }
        }
    }

    /** Compact JSON with Yojson's escapes (what belenios-tool writes); objects keep their insertion order. */
    function writeJson(v) {
        if (typeof v === 'string') {
            let s = '"';
            for (const ch of v) {
                const c = ch.codePointAt(0);
                if (ch === '"') {
                    s += '\\"';
                } else if (ch === '\\') {
                    s += '\\\\';
                } else if (ch === '\b') {
                    s += '\\b';
                } else if (ch === '\f') {
                    s += '\\f';
                } else if (ch === '\n') {
                    s += '\\n';
                } else if (ch === '\r') {
                    s += '\\r';
                } else if (ch === '\t') {
                    s += '\\t';
                } else if (c < 0x20 || c === 0x7f) {
                    s += '\\u00' + c.toString(16).padStart(2, '0');
                } else {
                    s += ch;
                }
            }
            return s + '"';
        }
        if (Array.isArray(v)) {
            return '[' + v.map(writeJson).join(',') + ']';
        }
        if (v === null) {
            return 'null';
        }
        if (typeof v === 'object') {
            return '{' + Object.keys(v).filter(k => v[k] !== undefined)
                .map(k => writeJson(k) + ':' + writeJson(v[k])).join(',') + '}';
        }
        return String(v);
    }

    function decimal(s, code, what) {
        if (typeof s !== 'string' || !DECIMAL.test(s)) {
            throw new BoothError(code, what + ' is not a decimal number');
        }
        return BigInt(s);
    }

    function proofJson(p) {
        return {challenge: p.challenge.toString(), response: p.response.toString()};
    }

    // ---- elections -----------------------------------------------------------------------------

    const contexts = new Map();

    /** The parsed election with its fingerprint and the table of its key, cached by fingerprint. */
    async function context(electionJson) {
        if (typeof electionJson !== 'string') {
            throw new BoothError('BAD_ELECTION', 'the election must be given as its JSON text');
        }
        const text = electionJson.endsWith('\n') ? electionJson.slice(0, -1) : electionJson;
        const fingerprint = base64(await sha256(text));
        const cached = contexts.get(fingerprint);
        if (cached) {
            return cached;
        }
        const e = parseElection(text);
        const y = decimal(e.public_key, 'BAD_ELECTION', 'the election key');
        if (!isElement(y)) {
            throw new BoothError('BAD_ELECTION', 'the election key is not a group element');
        }
        const ctx = {uuid: e.uuid, fingerprint, questions: e.questions.map(question), y: new FixedBase(y)};
        contexts.set(fingerprint, ctx);
        return ctx;
    }

    function parseElection(text) {
        let e;
        try {
            e = JSON.parse(text);
        } catch (err) {
            throw new BoothError('BAD_ELECTION', 'the election is not JSON');
        }
        if (e === null || typeof e !== 'object' || writeJson(e) !== text) {
            // the fingerprint is a hash of these exact bytes: a reformatted copy would make every ballot invalid
            throw new BoothError('BAD_ELECTION', 'the election JSON is not in canonical form');
        }
        if (e.version !== 1 || e.group !== GROUP) {
            throw new BoothError('UNSUPPORTED', 'only version 1 elections in group ' + GROUP + ' are supported');
        }
        if (typeof e.uuid !== 'string' || !Array.isArray(e.questions) || e.questions.length === 0) {
            throw new BoothError('BAD_ELECTION', 'the election has no uuid or no question');
        }
        return e;
    }

    function question(q) {
        if (q === null || typeof q !== 'object' || q.type !== undefined) {
            throw new BoothError('UNSUPPORTED', 'only homomorphic questions are supported');
        }
        const n = Array.isArray(q.answers) ? q.answers.length : 0;
        if (n === 0 || !Number.isInteger(q.min) || !Number.isInteger(q.max) || q.min < 0 || q.max < q.min
            || q.max > n) {
            throw new BoothError('BAD_ELECTION', 'a question has impossible bounds');
        }
        return {answers: n, blank: q.blank === true, min: q.min, max: q.max};
    }

    /** Belenios' plaintext of one question (blank first when allowed), checked against min..max. */
    function plaintext(q, raw, index) {
        let bits;
        if (raw === 'blank') {
            if (!q.blank) {
                throw new BoothError('BAD_CHOICES', 'question ' + (index + 1) + ' does not allow a blank vote');
            }
            bits = [1].concat(new Array(q.answers).fill(0));
        } else if (Array.isArray(raw)) {
            bits = raw.map(v => (v === 1 || v === true ? 1 : v === 0 || v === false ? 0 : -1));
            if (bits.includes(-1)) {
                throw new BoothError('BAD_CHOICES', 'choices must be 0/1 or true/false');
            }
            if (q.blank && bits.length === q.answers) {
                bits = [0].concat(bits);
            }
        } else {
            throw new BoothError('BAD_CHOICES', 'question ' + (index + 1) + ' has no choices');
        }
        const expected = q.answers + (q.blank ? 1 : 0);
        if (bits.length !== expected) {
            throw new BoothError('BAD_CHOICES', 'question ' + (index + 1) + ' needs ' + q.answers + ' choices');
        }
        const count = bits.reduce((a, b) => a + b, 0) - (q.blank ? bits[0] : 0);
        const isBlank = q.blank && bits[0] === 1;
        if (isBlank ? count !== 0 : count < q.min || count > q.max) {
            throw new BoothError('CHOICE_COUNT', 'question ' + (index + 1) + ' needs between ' + q.min + ' and '
                + q.max + ' choices', {question: index, min: q.min, max: q.max});
        }
        return bits;
    }

    // ---- ballots -------------------------------------------------------------------------------

    /**
     * A disjunctive Chaum-Pedersen proof that one of the disjuncts {ct, value} holds, the one at
     * `truth` being real. Each ct carries the randomness r and plaintext m the booth used, so the
     * simulated commitments g^resp·alpha^c = g^(resp+r·c) and y^resp·(beta/g^value)^c =
     * y^(resp+r·c)·g^((m-value)·c) come from the fixed-base tables: the same group elements the
     * verifier computes, at a fraction of the cost of exponentiating alpha and beta.
     */
    async function prove(ctx, prefix, disjuncts, truth) {
        const proofs = new Array(disjuncts.length);
        const commitments = new Array(2 * disjuncts.length);
        let others = 0n;
        disjuncts.forEach((d, i) => {
            if (i === truth) {
                return;
            }
            const challenge = randomQ();
            const response = randomQ();
            const e = response + d.ct.r * challenge;
            commitments[2 * i] = g().pow(e);
            commitments[2 * i + 1] = mulMod(ctx.y.pow(e), g().pow(BigInt(d.ct.m - d.value) * challenge));
            proofs[i] = {challenge, response};
            others += challenge;
        });
        const w = randomQ();
        commitments[2 * truth] = g().pow(w);
        commitments[2 * truth + 1] = ctx.y.pow(w);
        const challenge = modQ(await hashQ(prefix + commitments.join(',')) - others);
        proofs[truth] = {challenge, response: modQ(w - disjuncts[truth].ct.r * challenge)};
        return proofs.map(proofJson);
    }

    function product(cts) {
        return cts.reduce((a, c) => ({
            alpha: mulMod(a.alpha, c.alpha), beta: mulMod(a.beta, c.beta), r: modQ(a.r + c.r), m: a.m + c.m,
        }), {alpha: 1n, beta: 1n, r: 0n, m: 0});
    }

    function range(ct, min, max) {
        const ds = [];
        for (let v = min; v <= max; v++) {
            ds.push({ct, value: v});
        }
        return ds;
    }

    async function encryptAnswer(ctx, q, bits, s0) {
        const cts = [];
        const individual = [];
        for (const m of bits) {
            const r = randomQ();
            const yr = ctx.y.pow(r);
            const ct = {alpha: g().pow(r), beta: m === 1 ? mulMod(yr, G) : yr, r, m};
            cts.push(ct);
            individual.push(await prove(ctx, 'prove|' + s0 + '|' + ct.alpha + ',' + ct.beta + '|',
                [{ct, value: 0}, {ct, value: 1}], m));
        }
        const zkp = s0 + '|' + cts.map(c => c.alpha + ',' + c.beta).join(',');
        const answer = {
            choices: cts.map(c => ({alpha: c.alpha.toString(), beta: c.beta.toString()})),
            individual_proofs: individual,
        };
        if (!q.blank) {
            const sum = product(cts);
            answer.overall_proof = await prove(ctx, 'prove|' + zkp + '|' + sum.alpha + ',' + sum.beta + '|',
                range(sum, q.min, q.max), sum.m - q.min);
            return answer;
        }
        const blank = cts[0];
        const others = product(cts.slice(1));
        const isBlank = blank.m === 1;
        const blankProof = await prove(ctx, 'bproof0|' + zkp + '|', [{ct: blank, value: 0}, {ct: others, value: 0}],
            isBlank ? 1 : 0);
        answer.overall_proof = await prove(ctx, 'bproof1|' + zkp + '|',
            [{ct: blank, value: 1}].concat(range(others, q.min, q.max)), isBlank ? 0 : others.m - q.min + 1);
        answer.blank_proof = blankProof;
        return answer;
    }

    function isCredentialWellFormed(printed) {
        if (typeof printed !== 'string' || !/^[1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}$/.test(printed)) {
            return false;
        }
        const raw = printed.replace(/-/g, '');
        let value = 0n;
        for (let i = 0; i < 14; i++) {
            value = value * 58n + BigInt(BASE58.indexOf(raw[i]));
        }
        return (value + BigInt(BASE58.indexOf(raw[14]))) % 53n === 0n;
    }

    /** s = PBKDF2-HMAC-SHA256(printed credential, salt = uuid, 1000 iterations, 32 bytes) mod q. */
    async function credentialSecret(printed, uuid) {
        const credential = typeof printed === 'string' ? printed.trim() : printed;
        if (!isCredentialWellFormed(credential)) {
            throw new BoothError('BAD_CREDENTIAL', 'the credential is mistyped');
        }
        const subtle = webCrypto().subtle;
        const key = await subtle.importKey('raw', encoder.encode(credential), 'PBKDF2', false, ['deriveBits']);
        const bits = await subtle.deriveBits({name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(uuid),
            iterations: 1000}, key, 256);
        return bytesToBig(new Uint8Array(bits)) % Q;
    }

    async function encryptBallot(electionJson, credential, choices) {
        const ctx = await context(electionJson);
        if (!Array.isArray(choices) || choices.length !== ctx.questions.length) {
            throw new BoothError('BAD_CHOICES', 'one list of choices per question is needed');
        }
        const plain = ctx.questions.map((q, i) => plaintext(q, choices[i], i));
        const s = await credentialSecret(credential, ctx.uuid);
        const publicCredential = g().pow(s);
        const s0 = ctx.fingerprint + '|' + publicCredential;
        const answers = [];
        for (let i = 0; i < plain.length; i++) {
            answers.push(await encryptAnswer(ctx, ctx.questions[i], plain[i], s0));
        }
        const ballot = {
            election_uuid: ctx.uuid,
            election_hash: ctx.fingerprint,
            credential: publicCredential.toString(),
            answers,
        };
        // the credential signs the hash of the ballot without its signature (Schnorr, "sig|hash|A")
        const hash = base64(await sha256(writeJson(ballot)));
        const w = randomQ();
        const challenge = await hashQ('sig|' + hash + '|' + g().pow(w));
        ballot.signature = {hash, proof: proofJson({challenge, response: modQ(w - s * challenge)})};
        return writeJson(ballot);
    }

    async function tracker(ballotJson) {
        return base64(await sha256(ballotJson));
    }

    async function deriveCredentialPublic(credential, electionUuid) {
        return g().pow(await credentialSecret(credential, electionUuid)).toString();
    }

    // ---- trustees ------------------------------------------------------------------------------

    function checkGroup(groupOrElectionJson) {
        if (groupOrElectionJson === undefined || groupOrElectionJson === null || groupOrElectionJson === GROUP) {
            return;
        }
        let group = null;
        try {
            const v = typeof groupOrElectionJson === 'string' ? JSON.parse(groupOrElectionJson) : groupOrElectionJson;
            group = typeof v === 'string' ? v : v && v.group;
        } catch (err) {
            group = groupOrElectionJson;
        }
        if (group !== GROUP) {
            throw new BoothError('UNSUPPORTED', 'only group ' + GROUP + ' is supported');
        }
    }

    /** x random, X = g^x, and a Schnorr proof of knowledge of x: c = H("pok|BELENIOS-2048|X|g^w"). */
    async function generateTrusteeKey(groupOrElectionJson) {
        checkGroup(groupOrElectionJson);
        const x = randomQ();
        const publicKey = g().pow(x);
        const w = randomQ();
        const challenge = await hashQ('pok|' + GROUP + '|' + publicKey + '|' + g().pow(w));
        const pok = proofJson({challenge, response: modQ(w - x * challenge)});
        return {
            privateKey: x.toString(),
            privateKeyFile: '"' + x + '"\n',
            publicKeyJson: writeJson({pok, public_key: publicKey.toString()}),
        };
    }

    function parsePrivateKey(privateKey) {
        let s = typeof privateKey === 'bigint' ? privateKey.toString() : String(privateKey).trim();
        if (s.startsWith('"') && s.endsWith('"') && s.length > 2) {
            s = s.slice(1, -1);
        }
        const x = decimal(s, 'BAD_KEY', 'the private key');
        if (x >= Q) {
            throw new BoothError('BAD_KEY', 'the private key is out of range');
        }
        return x;
    }

    /**
     * For every ciphertext the factor alpha^x and a Chaum-Pedersen proof that log_g X = log_alpha
     * factor: c = H("decrypt|φ|X|g^w,alpha^w"), response w - x·c.
     */
    async function partialDecrypt(privateKey, encryptedTallyJson, electionJson) {
        const x = parsePrivateKey(privateKey);
        const ctx = await context(electionJson);
        let tally;
        try {
            tally = typeof encryptedTallyJson === 'string' ? JSON.parse(encryptedTallyJson) : encryptedTallyJson;
        } catch (err) {
            throw new BoothError('BAD_TALLY', 'the encrypted tally is not JSON');
        }
        const fits = Array.isArray(tally) && tally.length === ctx.questions.length
            && tally.every((row, i) => Array.isArray(row)
                && row.length === ctx.questions[i].answers + (ctx.questions[i].blank ? 1 : 0));
        if (!fits) {
            throw new BoothError('BAD_TALLY', 'the encrypted tally does not have the shape of the election');
        }
        const prefix = 'decrypt|' + ctx.fingerprint + '|' + g().pow(x) + '|';
        const factors = [];
        const proofs = [];
        for (const row of tally) {
            const fr = [];
            const pr = [];
            for (const c of row) {
                const alpha = decimal(c && c.alpha, 'BAD_TALLY', 'an alpha of the tally');
                // an alpha outside the group could make alpha^x leak bits of the trustee's key
                if (!isElement(alpha)) {
                    throw new BoothError('BAD_TALLY', 'the encrypted tally holds a number outside the group');
                }
                fr.push(modPow(alpha, x).toString());
                const w = randomQ();
                const challenge = await hashQ(prefix + g().pow(w) + ',' + modPow(alpha, w));
                pr.push(proofJson({challenge, response: modQ(w - x * challenge)}));
            }
            factors.push(fr);
            proofs.push(pr);
        }
        return writeJson({decryption_factors: factors, decryption_proofs: proofs});
    }

    async function prepare(electionJson) {
        await context(electionJson);
        g();
    }

    root.MadangBooth = Object.freeze({
        encryptBallot,
        tracker,
        generateTrusteeKey,
        partialDecrypt,
        deriveCredentialPublic,
        isCredentialWellFormed,
        prepare,
        BoothError,
    });
}(typeof window !== 'undefined' ? window : globalThis));
