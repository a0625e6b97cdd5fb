import rule from '../../rules/helm/hv005-values-network-policy-enabled';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv005.cases';

runRuleTests(rule, cases);
