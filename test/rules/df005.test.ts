import rule from '../../rules/dockerfile/df005-require-numeric-user';
import { runRuleTests } from '../rule-tester';
import { cases } from './df005.cases';

runRuleTests(rule, cases);
