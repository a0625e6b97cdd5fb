import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ops <ops@example.com>"\n',
    { name: 'the word in a RUN', code: 'FROM alpine:3.20\nRUN echo MAINTAINER\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nMAINTAINER Ops Team <ops@example.com>\n',
      errors: [{ messageId: 'maintainer', range: [1, 0, 1, 10] }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ops Team <ops@example.com>"\n',
    },
    { name: 'quoted, lower case, CRLF', code: 'FROM alpine:3.20\r\nmaintainer "A \\"B\\""\r\n', errors: [{ messageId: 'maintainer', range: [1, 0, 1, 10] }], output: 'FROM alpine:3.20\r\nLABEL org.opencontainers.image.authors="A \\\\\\"B\\\\\\""\r\n' },
  ],
};
