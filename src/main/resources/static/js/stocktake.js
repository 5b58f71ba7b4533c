// GOV.UK Frontend's components (error summary focus, service navigation menu, notification banner...). Every page
// works without it.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// The progress page of an upload: its "Check again" button works without JavaScript; with it, the page asks every two
// seconds whether the check is done and then moves on to the result by itself.
const poll = document.querySelector('[data-stocktake-poll]');
if (poll) {
  const status = poll.getAttribute('data-stocktake-poll');
  const check = async () => {
    try {
      const response = await fetch(status, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        const upload = await response.json();
        if (upload.finished) {
          window.location.assign(upload.next);
          return;
        }
      }
    } catch (e) {
      // a network hiccup: ask again, and the button still works
    }
    window.setTimeout(check, 2000);
  };
  window.setTimeout(check, 2000);
}
