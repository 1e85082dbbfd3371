import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::issuing-body.issuing-body');
