import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::issuing-body.issuing-body');
