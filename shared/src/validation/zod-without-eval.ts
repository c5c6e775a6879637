import { config } from 'zod';

// zod compiles object parsers with `new Function` when it may. The web client's Content Security Policy forbids
// eval, and the browser reports even zod's guarded probe as a violation: parse by interpretation there instead.
config({ jitless: true });
