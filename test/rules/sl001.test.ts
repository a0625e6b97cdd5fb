import rule from '../../rules/meta/sl001-parse-error';
import { runRuleTests } from '../rule-tester';
import { cases } from './sl001.cases';

runRuleTests(rule, cases);
