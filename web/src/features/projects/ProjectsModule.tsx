import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../app/NotFound';
import { LibraryPage } from './library/LibraryPage';
import { ProjectDetailPage } from './detail/ProjectDetailPage';

/** /projects: the project library; /projects/:id: one project with its form, actions and records. */
export default function ProjectsModule() {
  return (
    <Routes>
      <Route index element={<LibraryPage />} />
      <Route path=":id" element={<ProjectDetailPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
