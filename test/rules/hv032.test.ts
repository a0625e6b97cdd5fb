import rule from '../../rules/helm/hv032-values-no-rbac-wildcard';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv032.cases';

runRuleTests(rule, cases);
