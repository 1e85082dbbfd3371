// Text-size control (TT 32/2017 Điều 18): three buttons added to the header when scripts run; without
// JavaScript the browser's own zoom does the same. The choice is kept for the next visit.
(function () {
  var KEY = 'cong-text-size';
  var sizes = { nho: '100%', vua: '112.5%', lon: '125%' };
  var labels = { nho: 'Cỡ chữ thường', vua: 'Cỡ chữ lớn', lon: 'Cỡ chữ rất lớn' };
  var glyphs = { nho: 'A', vua: 'A+', lon: 'A++' };
  function apply(key) {
    if (!sizes[key]) return;
    document.documentElement.style.fontSize = sizes[key];
    try { localStorage.setItem(KEY, key); } catch (e) { /* private mode */ }
    var buttons = document.querySelectorAll('.text-size button');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-size') === key));
  }
  var saved = null;
  try { saved = localStorage.getItem(KEY); } catch (e) { /* ignore */ }
  if (saved && sizes[saved]) document.documentElement.style.fontSize = sizes[saved];
  document.addEventListener('DOMContentLoaded', function () {
    var host = document.querySelector('.site-header__tools');
    if (!host) return;
    var group = document.createElement('div');
    group.className = 'text-size';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Cỡ chữ');
    Object.keys(sizes).forEach(function (key) {
      var button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('data-size', key);
      button.setAttribute('aria-pressed', String((saved || 'nho') === key));
      // The visible glyph is part of the accessible name (WCAG 2.5.3), the words say what it does.
      var words = document.createElement('span');
      words.className = 'visually-hidden';
      words.textContent = labels[key] + ' ';
      button.appendChild(words);
      button.appendChild(document.createTextNode(glyphs[key]));
      button.addEventListener('click', function () { apply(key); });
      group.appendChild(button);
    });
    host.appendChild(group);
  });
})();
