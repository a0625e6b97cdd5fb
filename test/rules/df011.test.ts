import rule from '../../rules/dockerfile/df011-require-trusted-registry';
import { runRuleTests } from '../rule-tester';
import { cases } from './df011.cases';

runRuleTests(rule, cases);
