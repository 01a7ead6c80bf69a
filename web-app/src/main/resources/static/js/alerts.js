// Live alerts on the supervisor dashboard: new alerts arrive as server-sent events and are put
// at the top of #alerts without a reload. No library; the browser reconnects by itself.
(function () {
  'use strict';
  var list = document.getElementById('alerts');
  var status = document.getElementById('alerts-status');
  if (!list) {
    return;
  }
  if (!window.EventSource) {
    status.textContent = 'Trình duyệt không hỗ trợ cảnh báo trực tiếp; hãy tải lại trang để xem cảnh báo mới.';
    return;
  }

  function text(tag, value, className) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (className) {
      el.className = className;
    }
    return el;
  }

  function known(id) {
    var items = list.querySelectorAll('li[data-alert-id]');
    for (var i = 0; i < items.length; i++) {
      if (items[i].getAttribute('data-alert-id') === id) {
        return true;
      }
    }
    return false;
  }

  function show(alert) {
    if (known(alert.alertId)) {
      return;
    }
    var item = document.createElement('li');
    item.className = 'alert new alert-' + String(alert.type || 'other').toLowerCase();
    item.setAttribute('data-alert-id', alert.alertId);
    item.setAttribute('data-type', alert.type || '');
    item.setAttribute('data-unit', alert.unitCode || '');
    item.appendChild(text('strong', alert.typeLabel || alert.type || ''));
    if (alert.topicLabel) {
      item.appendChild(document.createTextNode(' '));
      item.appendChild(text('span', '· ' + alert.topicLabel));
    }
    item.appendChild(document.createTextNode(' '));
    item.appendChild(text('span', '· ' + (alert.unitName || ''), 'muted'));
    item.appendChild(text('p', alert.summary || ''));
    item.appendChild(text('time', alert.raisedAt || ''));
    list.insertBefore(item, list.firstChild);
    var empty = document.getElementById('alerts-empty');
    if (empty) {
      empty.parentNode.removeChild(empty);
    }
  }

  var source = new EventSource(list.getAttribute('data-stream'));
  source.addEventListener('open', function () {
    status.textContent = 'Đang nhận cảnh báo trực tiếp.';
  });
  source.addEventListener('alert', function (event) {
    try {
      show(JSON.parse(event.data));
    } catch (e) {
      // a malformed event is skipped; the next page load shows the alert from the index
    }
  });
  source.addEventListener('error', function () {
    status.textContent = 'Mất kết nối, đang thử kết nối lại…';
  });
})();
