// The live feed of new feedback (inbox and supervisor page): new feedback arrives as server-sent
// events; the count of new items rises and the latest are listed above the page without a reload.
// An id is counted once (the server may send one again after a reconnect). No library.
(function () {
  'use strict';
  var feed = document.getElementById('live-feed');
  if (!feed) {
    return;
  }
  var count = document.getElementById('live-count');
  var status = document.getElementById('live-status');
  var list = document.getElementById('live-items');
  var seen = {};
  var shown = 0;
  var LIMIT = 10;
  if (!window.EventSource) {
    status.textContent = 'Trình duyệt không hỗ trợ cập nhật trực tiếp; hãy tải lại trang.';
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

  function show(item) {
    if (!item.feedbackId || seen[item.feedbackId] || document.querySelector('[data-feedback-id="' + item.feedbackId + '"]')) {
      return;
    }
    seen[item.feedbackId] = true;
    shown++;
    count.textContent = String(shown);
    feed.classList.add('has-new');
    var row = document.createElement('li');
    row.className = 'row new' + (item.urgent ? ' urgent' : '');
    row.setAttribute('data-test', 'live-item');
    row.setAttribute('data-live-id', item.feedbackId);
    var tags = document.createElement('p');
    tags.className = 'tags';
    if (item.urgent) {
      tags.appendChild(text('span', 'Khẩn cấp', 'tag tag-urgent'));
    }
    tags.appendChild(text('span', 'Mới đến', 'tag'));
    tags.appendChild(text('span', item.unitName || '', 'tag'));
    row.appendChild(tags);
    var link = text('a', item.excerpt || '', 'excerpt');
    link.href = item.href;
    row.appendChild(link);
    row.appendChild(text('p', [item.topicLabel, item.channelLabel, item.placeName, item.receivedAt]
        .filter(Boolean).join(' · '), 'muted'));
    list.insertBefore(row, list.firstChild);
    while (list.children.length > LIMIT) {
      list.removeChild(list.lastChild);
    }
  }

  var source = new EventSource(feed.getAttribute('data-stream'));
  source.addEventListener('open', function () {
    status.textContent = 'Đang nhận phản ánh mới trực tiếp.';
  });
  source.addEventListener('feedback', function (event) {
    try {
      show(JSON.parse(event.data));
    } catch (e) {
      // a malformed event is skipped; a reload lists the feedback from the index
    }
  });
  source.addEventListener('error', function () {
    status.textContent = 'Mất kết nối, đang thử kết nối lại…';
  });
})();
