/*
 * Wires the booth page to the encryption library (MadangBooth, /resources/js/booth/booth.js):
 * reads the choices and the credential, which never leave the browser, has the library encrypt and
 * sign the ballot, shows its tracker, and puts only the ballot into the form that is posted.
 */
(function () {
  'use strict';
  var booth = document.getElementById('booth');
  if (!booth) {
    return;
  }
  var status = document.getElementById('boothStatus');
  var ballotField = document.getElementById('ballot');
  var castButton = document.getElementById('cast');
  var preview = document.getElementById('preview');
  var previewTracker = document.getElementById('previewTracker');
  var credentialPattern = /^[1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}$/;

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? 'message message--error' : 'message message--info';
  }

  function setReady(ready) {
    castButton.setAttribute('aria-disabled', ready ? 'false' : 'true');
  }

  function invalidate() {
    ballotField.value = '';
    preview.hidden = true;
    setReady(false);
  }

  function choices() {
    var out = [];
    var problems = [];
    booth.querySelectorAll('fieldset.question').forEach(function (fs, qi) {
      var row = [];
      var chosen = 0;
      fs.querySelectorAll('input[type=checkbox], input[type=radio]').forEach(function (box) {
        row.push(box.checked ? 1 : 0);
        chosen += box.checked ? 1 : 0;
      });
      var min = parseInt(fs.dataset.min, 10);
      var max = parseInt(fs.dataset.max, 10);
      if (chosen < min || chosen > max) {
        problems.push(qi + 1);
      }
      out.push(row);
    });
    return { choices: out, problems: problems };
  }

  booth.addEventListener('change', invalidate);
  document.getElementById('credential').addEventListener('input', invalidate);

  document.getElementById('encrypt').addEventListener('click', async function () {
    invalidate();
    if (typeof window.MadangBooth === 'undefined') {
      say(booth.dataset.msgMissing, true);
      return;
    }
    var c = choices();
    if (c.problems.length > 0) {
      say(booth.dataset.msgRange + ' ' + c.problems.join(', '), true);
      return;
    }
    var credential = document.getElementById('credential').value.trim();
    var wellFormed = typeof window.MadangBooth.isCredentialWellFormed === 'function'
      ? window.MadangBooth.isCredentialWellFormed(credential) : credentialPattern.test(credential);
    if (!wellFormed) {
      say(booth.dataset.msgCredential, true);
      document.getElementById('credential').focus();
      return;
    }
    say(booth.dataset.msgWorking, false);
    try {
      // the exact bytes of election.json: the ballot carries their hash
      var response = await fetch(booth.dataset.electionUrl, { credentials: 'same-origin' });
      var electionJson = await response.text();
      var ballot = await window.MadangBooth.encryptBallot(electionJson, credential, c.choices);
      var tracker = await window.MadangBooth.tracker(ballot);
      ballotField.value = ballot;
      previewTracker.textContent = tracker;
      preview.hidden = false;
      setReady(true);
      say(booth.dataset.msgReady, false);
      castButton.focus();
    } catch (e) {
      // booth.js names its failures with stable codes; the two a voter can fix get their own words
      if (e && e.code === 'BAD_CREDENTIAL') {
        say(booth.dataset.msgCredential, true);
      } else if (e && e.code === 'CHOICE_COUNT') {
        say(booth.dataset.msgRange + ' ' + (e.question !== undefined ? e.question + 1 : ''), true);
      } else {
        say(booth.dataset.msgFailed + ' ' + (e && e.message ? e.message : ''), true);
      }
    }
  });

  castButton.form.addEventListener('submit', function (event) {
    if (!ballotField.value) {
      event.preventDefault();
      say(booth.dataset.msgEncryptFirst, true);
    }
  });
}());
