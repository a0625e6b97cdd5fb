import rule from '../../rules/workspace/ws003-require-default-deny-policy';
import { runRuleTests } from '../rule-tester';
import { cases } from './ws003.cases';

runRuleTests(rule, cases);
