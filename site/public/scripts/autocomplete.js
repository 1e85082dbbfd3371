// Search suggestions as a progressive enhancement: without this script the search box is a plain GET form.
// Suggestions fill a native <datalist>, which browsers and screen readers already know how to present.
(function () {
  'use strict';
  var inputs = document.querySelectorAll('input[type="search"][name="q"]');
  if (!inputs.length || !window.fetch) return;
  var list = document.createElement('datalist');
  list.id = 'search-suggestions';
  document.body.appendChild(list);
  var timer = null;
  var controller = null;
  function suggest(value) {
    if (controller) controller.abort();
    if (value.trim().length < 2) return;
    controller = new AbortController();
    fetch('/api/v1/search?pageSize=6&q=' + encodeURIComponent(value), { signal: controller.signal })
      .then(function (response) { return response.ok ? response.json() : { hits: [] }; })
      .then(function (body) {
        while (list.firstChild) list.removeChild(list.firstChild);
        (body.hits || []).forEach(function (hit) {
          var option = document.createElement('option');
          option.value = hit.number || hit.title;
          option.label = hit.number ? hit.number + ': ' + hit.title : hit.title;
          list.appendChild(option);
        });
      })
      .catch(function () {});
  }
  inputs.forEach(function (input) {
    input.setAttribute('list', list.id);
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { suggest(input.value); }, 200);
    });
  });
})();
