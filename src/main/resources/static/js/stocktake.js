// GOV.UK Frontend's components (error summary focus, service navigation menu, notification banner...). Every page
// works without it.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
