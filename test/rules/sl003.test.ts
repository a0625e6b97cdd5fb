import rule from '../../rules/meta/sl003-suppression-expired';
import { runRuleTests } from '../rule-tester';
import { cases } from './sl003.cases';

runRuleTests(rule, cases);
