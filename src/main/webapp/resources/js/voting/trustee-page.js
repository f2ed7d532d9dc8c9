/*
 * The trustee page's in-browser alternative to belenios-tool: make the key pair here (the private
 * key is offered as a file to save and never sent), and later decrypt the published tally here with
 * that file. Only the public key and the partial decryption go into the forms that are posted.
 */
(function () {
  'use strict';
  var root = document.getElementById('trusteeTools');
  if (!root) {
    return;
  }
  var status = document.getElementById('trusteeStatus');

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? 'message message--error' : 'message message--info';
  }

  function ready() {
    if (typeof window.MadangBooth === 'undefined') {
      say(root.dataset.msgMissing, true);
      return false;
    }
    return true;
  }

  var generate = document.getElementById('generateKey');
  if (generate) {
    generate.addEventListener('click', async function () {
      if (!ready()) {
        return;
      }
      try {
        var key = await window.MadangBooth.generateTrusteeKey('BELENIOS-2048');
        document.getElementById('publicKey').value = key.publicKeyJson;
        var link = document.getElementById('privateKeyDownload');
        link.href = URL.createObjectURL(new Blob([key.privateKeyFile], { type: 'application/octet-stream' }));
        link.hidden = false;
        say(root.dataset.msgKeyReady, false);
        link.focus();
      } catch (e) {
        say(root.dataset.msgFailed + ' ' + (e && e.message ? e.message : ''), true);
      }
    });
  }

  var decrypt = document.getElementById('decryptHere');
  if (decrypt) {
    decrypt.addEventListener('click', async function () {
      if (!ready()) {
        return;
      }
      var file = document.getElementById('privateKeyFile').files[0];
      if (!file) {
        say(root.dataset.msgChooseKey, true);
        document.getElementById('privateKeyFile').focus();
        return;
      }
      say(root.dataset.msgWorking, false);
      try {
        var privateKey = await file.text();
        var tally = await (await fetch(root.dataset.tallyUrl, { credentials: 'same-origin' })).text();
        var election = await (await fetch(root.dataset.electionUrl, { credentials: 'same-origin' })).text();
        document.getElementById('decryption').value =
          await window.MadangBooth.partialDecrypt(privateKey, tally, election);
        say(root.dataset.msgDecrypted, false);
        document.getElementById('submitDecryption').focus();
      } catch (e) {
        say(root.dataset.msgFailed + ' ' + (e && e.message ? e.message : ''), true);
      }
    });
  }
}());
