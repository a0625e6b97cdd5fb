import { defineRule } from '../../server/src/engine/rule';
import { findUrlCredentials } from '../../server/src/engine/secrets';

/**
 * `scheme://user:password@host` anywhere in the file. Placeholders (`$VAR`, `${VAR}`, `$(VAR)`,
 * `{{ }}`, `%s`, `<pass>`, masks) and empty passwords are not reported; a password that is itself a
 * known token format is left to SEC001, which names it. Literal words like `password` are reported:
 * in a Dockerfile, manifest or values file they are the credential that gets deployed.
 */
export default defineRule({
  meta: {
    id: 'SEC002',
    slug: 'no-credentials-in-url',
    kind: 'any',
    title: 'URLs must not embed a password',
    controls: ['CC6.7', 'CC6.1'],
    severity: 'error',
    description:
      'A URL of the form `scheme://user:password@host` carries a literal password. Connection strings like this end up in the repository, in `docker history`, in process listings and in logs that print URLs, so the password is exposed far beyond the service that needs it. SOC 2 CC6.7 asks that credentials be protected wherever they are stored or transmitted.',
    remediation:
      'Keep the URL without the password and pass the password separately from a secret (a Kubernetes Secret through `secretKeyRef`, a BuildKit secret mount, a CI secret), or build the URL at runtime from variables, e.g. `postgres://app:$(DB_PASSWORD)@db:5432/app` with `DB_PASSWORD` read from a Secret. Rotate the password if the file was ever shared.',
    fix: 'none',
    messages: {
      urlPassword: 'URL to "{{host}}" embeds a literal password ({{secret}}): it leaks wherever the URL is stored, printed or logged; pass the password from a secret instead.',
    },
    peers: ['CKV_SECRET_4', 'KICS a88baa34', 'secretlint basicauth', 'secretlint database-connection-string'],
  },
  check(ctx) {
    for (const cred of findUrlCredentials(ctx.text)) {
      ctx.report({
        messageId: 'urlPassword',
        range: ctx.lines.range(cred.start, cred.end),
        data: { host: cred.host || '(no host)', secret: cred.password },
      });
    }
  },
});
