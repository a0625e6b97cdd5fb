import rule from '../../rules/helm/hv015-values-no-default-service-account';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv015.cases';

runRuleTests(rule, cases);
