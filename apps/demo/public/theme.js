/* Runs before first paint (a classic script: CSP allows no inline one). Applies the stored or linked colour
   scheme, marks the page as scripted, and hides what the URL filters out (?actor=, ?issue=, ?treaty=,
   ?speaker=, ?from=, ?to=) or shows the record it selects, so a linked view paints once, with no shift.
   src/client/site.ts takes over from this sheet once the page's script runs. */
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var q = new URLSearchParams(location.search);
  try {
    var t = q.get('theme') || localStorage.getItem('ac-theme');
    if (t === 'light' || t === 'dark') root.setAttribute('data-theme', t);
  } catch (e) {}
  try {
    var rules = [];
    ['actor', 'issue', 'treaty', 'speaker'].forEach(function (k) {
      var v = q.get(k);
      if (!v) return;
      var s = CSS.escape(v);
      rules.push('.filterable:not([data-' + k + '~="' + s + '"]){display:none!important}');
      rules.push('.detail[data-' + k + '="' + s + '"]{display:block!important}');
      rules.push('.index:has(~ .details > .detail[data-' + k + '="' + s + '"]){display:none!important}');
    });
    var from = +q.get('from') || 0, to = +q.get('to') || 0;
    if (from || to) {
      var years = [];
      for (var y = from || 1900; y <= (to || 2100); y++) years.push(':not([data-years~="' + y + '"])');
      rules.push('.filterable[data-years]' + years.join('') + '{display:none!important}');
    }
    if (rules.length) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(rules.join('\n'));
      document.adoptedStyleSheets = [sheet];
    }
  } catch (e) {}
})();
