/*
 * The error summary (page template): takes the focus when the page opens, so keyboard and
 * screen-reader users start at the list of problems; a link in it moves the focus into its field
 * (the first control inside a group of radio buttons or a composite component) and shows the
 * field's label too. Without JavaScript the links still jump to their fields.
 */
(function () {
    'use strict';
    var CONTROLS = 'input:not([type=hidden]), select, textarea, button';

    function controlOf(target) {
        if (target.matches && target.matches(CONTROLS)) {
            return target;
        }
        var inside = target.querySelectorAll(CONTROLS);
        for (var i = 0; i < inside.length; i++) {
            if (inside[i].offsetParent !== null) {
                return inside[i];
            }
        }
        return inside.length ? inside[0] : target;
    }

    function labelOf(control) {
        var group = control.closest('fieldset');
        if (group && group.querySelector('legend')) {
            return group.querySelector('legend');
        }
        return control.id ? document.querySelector('label[for="' + CSS.escape(control.id) + '"]') : null;
    }

    function start() {
        var summary = document.getElementById('errorSummary');
        if (!summary) {
            return;
        }
        summary.focus();
        summary.addEventListener('click', function (event) {
            var link = event.target.closest('a[data-field]');
            if (!link) {
                return;
            }
            var target = document.getElementById(link.getAttribute('data-field'));
            if (!target) {
                return;
            }
            event.preventDefault();
            var control = controlOf(target);
            var label = labelOf(control);
            (label || control).scrollIntoView({block: 'start'});
            control.focus({preventScroll: true});
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
