import rule from '../../rules/meta/sl004-suppression-unknown-rule';
import { runRuleTests } from '../rule-tester';
import { cases } from './sl004.cases';

runRuleTests(rule, cases);
