import { z } from "zod";

/**
 * zod probes whether it may compile parsers with `Function(...)`; under the portal's
 * Content-Security-Policy (no 'unsafe-eval') the browser blocks the probe and reports a
 * violation. Interpreted parsing is fast enough for forms, so the probe is switched off.
 * Imported by every schema module that runs in the browser.
 */
z.config({ jitless: true });
