// Tables marked data-sortable sort by a column when its header is clicked (again: the other way).
// Cells sort by their data-value when they have one (numbers; empty last), else by their text.
(function () {
  'use strict';
  function value(row, index) {
    var cell = row.children[index];
    if (!cell) {
      return '';
    }
    var raw = cell.getAttribute('data-value');
    if (raw !== null) {
      return raw === '' ? null : Number(raw);
    }
    return cell.textContent.trim();
  }

  function compare(a, b) {
    if (a === b) {
      return 0;
    }
    if (a === null) {
      return 1;
    }
    if (b === null) {
      return -1;
    }
    return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'vi');
  }

  function sort(table, index, header) {
    var body = table.tBodies[0];
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    var rows = Array.prototype.slice.call(body.rows).filter(function (r) { return r.children.length > 1; });
    rows.sort(function (x, y) {
      var c = compare(value(x, index), value(y, index));
      return ascending ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.setAttribute('data-test', 'sort-' + index);
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', function () { sort(table, index, th); });
    });
  });
})();
