import rule from '../../rules/meta/sl002-suppression-requires-reason';
import { runRuleTests } from '../rule-tester';
import { cases } from './sl002.cases';

runRuleTests(rule, cases);
