/*
 * Participatory budget: while the voter ticks projects, says how much of the budget the chosen
 * projects use ("3 projects, 120,000,000 won of 200,000,000 won") and warns when it is exceeded.
 * Costs come from the projects table (data-position, data-cost); the server checks the choice again.
 */
(function () {
  'use strict';
  var out = document.getElementById('runningTotal');
  var table = document.getElementById('projects');
  if (!out || !table) {
    return;
  }
  var costs = {};
  table.querySelectorAll('tr[data-position]').forEach(function (row) {
    costs[row.getAttribute('data-position')] = Number(row.getAttribute('data-cost')) || 0;
  });
  var budget = Number(out.getAttribute('data-budget')) || 0;
  var number = new Intl.NumberFormat('ko-KR');

  function won(amount) {
    return out.getAttribute('data-unit').replace('{0}', number.format(amount));
  }

  function update() {
    var boxes = document.querySelectorAll('input[type=checkbox][name$="choices"]');
    var total = 0;
    var count = 0;
    boxes.forEach(function (box) {
      if (box.checked && costs[box.value] !== undefined) {
        total += costs[box.value];
        count += 1;
      }
    });
    var text = out.getAttribute('data-label').replace('{0}', count).replace('{1}', won(total))
      .replace('{2}', won(budget));
    if (budget > 0 && total > budget) {
      text += ' ' + out.getAttribute('data-over');
      out.className = 'running-total running-total--over';
    } else {
      out.className = 'running-total';
    }
    out.textContent = text;
    out.hidden = false;
  }

  document.addEventListener('change', function (event) {
    if (event.target && event.target.matches && event.target.matches('input[type=checkbox][name$="choices"]')) {
      update();
    }
  });
  update();
}());
