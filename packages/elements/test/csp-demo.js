// Counts Content-Security-Policy violations on test/csp-demo.html (shown on the page, logged to the console).
const out = document.getElementById('violations');
let count = 0;
document.addEventListener('securitypolicyviolation', (e) => {
  count += 1;
  out.textContent = String(count);
  console.error(`CSP violation: ${e.violatedDirective} ${e.sample || e.blockedURI}`);
});
