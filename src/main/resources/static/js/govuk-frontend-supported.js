// Runs first in <body>: GOV.UK Frontend styles its enhanced components only once the body says its JavaScript
// (an ES module) will run. A file, not an inline script, so the Content-Security-Policy can forbid inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
