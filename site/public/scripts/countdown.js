// Countdown to a comment deadline: an enhancement of the server-rendered "Còn N ngày", which stays when
// JavaScript is off. Words come from the page (data-*), so the wording stays in src/i18n/vi.ts.
(function () {
  var nodes = document.querySelectorAll('[data-countdown-to]');
  if (!nodes.length) return;
  function render() {
    var now = Date.now();
    nodes.forEach(function (node) {
      var left = Date.parse(node.getAttribute('data-countdown-to')) - now;
      if (!(left > 0)) {
        node.textContent = node.getAttribute('data-countdown-over') || '';
        return;
      }
      var minutes = Math.floor(left / 60000);
      var days = Math.floor(minutes / 1440);
      var hours = Math.floor((minutes % 1440) / 60);
      var units = (node.getAttribute('data-countdown-units') || 'd,h,m').split(',');
      node.textContent =
        (node.getAttribute('data-countdown-prefix') || '') + ' ' +
        days + ' ' + units[0] + ' ' + hours + ' ' + units[1] + ' ' + (minutes % 60) + ' ' + units[2];
    });
  }
  render();
  setInterval(render, 30000);
})();
