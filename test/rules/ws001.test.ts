import rule from '../../rules/workspace/ws001-require-network-policy';
import { runRuleTests } from '../rule-tester';
import { cases } from './ws001.cases';

runRuleTests(rule, cases);
