import rule from '../../rules/helm/hv010-values-no-service-account-token-automount';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv010.cases';

runRuleTests(rule, cases);
