import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../app/NotFound';
import { EnterpriseDetailPage } from './detail/EnterpriseDetailPage';
import { ImportPage } from './import/ImportPage';
import { EnterprisesPage } from './list/EnterprisesPage';

/** /enterprises: 企业库; /enterprises/import: Excel import; /enterprises/:id: one enterprise. */
export default function EnterprisesModule() {
  return (
    <Routes>
      <Route index element={<EnterprisesPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path=":id" element={<EnterpriseDetailPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
