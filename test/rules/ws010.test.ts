import rule from '../../rules/workspace/ws010-require-pod-disruption-budget';
import { runRuleTests } from '../rule-tester';
import { cases } from './ws010.cases';

runRuleTests(rule, cases);
