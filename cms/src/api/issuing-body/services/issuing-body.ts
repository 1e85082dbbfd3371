import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::issuing-body.issuing-body');
