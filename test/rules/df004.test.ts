import rule from '../../rules/dockerfile/df004-no-password-change';
import { runRuleTests } from '../rule-tester';
import { cases } from './df004.cases';

runRuleTests(rule, cases);
