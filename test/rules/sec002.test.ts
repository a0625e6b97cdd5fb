import rule from '../../rules/secrets/sec002-no-credentials-in-url';
import { runRuleTests } from '../rule-tester';
import { cases } from './sec002.cases';

runRuleTests(rule, cases);
