import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*\n',
    { name: 'apk add --no-cache', code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n' },
    { name: 'apk update with add', code: 'FROM alpine:3.20\nRUN apk update && apk add curl\n' },
    { name: 'upgrade is not dist-upgrade', code: 'FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n' },
    { name: 'install inside a for loop', code: 'FROM debian:12\nRUN apt-get update && for m in a b; do apt-get install -y ./$m.deb; done\n' },
    { name: 'word in a string', code: 'FROM debian:12\nRUN echo "apt-get update"\n' },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n', errors: [{ messageId: 'updateAlone', range: [1, 4, 1, 18] }] },
    { name: 'dist-upgrade alone', code: 'FROM debian:12\nRUN apt-get dist-upgrade -y\nCMD ["x"]\n', errors: [{ messageId: 'distUpgrade', range: [1, 4, 1, 24] }], output: 'FROM debian:12\nCMD ["x"]\n' },
    {
      name: 'dist-upgrade last in a chain, continuation, CRLF',
      code: 'FROM debian:12\r\nRUN apt-get update \\\r\n && apt-get -y dist-upgrade\r\n',
      errors: [{ messageId: 'distUpgrade', range: [2, 4, 2, 27] }],
      output: 'FROM debian:12\r\n',
    },
    { name: 'dist-upgrade in the middle: report only', code: 'FROM debian:12\nRUN apt-get update && apt full-upgrade -y && apt-get install -y x\n', errors: [{ messageId: 'distUpgrade', range: [1, 22, 1, 38] }] },
    {
      name: 'dist-upgrade last after an install',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y a && apt-get dist-upgrade -y\n',
      errors: [{ messageId: 'distUpgrade', range: [1, 46, 1, 66] }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y a\n',
    },
    { name: 'apk update alone', code: 'FROM alpine:3.20\nRUN apk update\n', errors: [{ messageId: 'updateAlone', range: [1, 4, 1, 14] }] },
  ],
};
