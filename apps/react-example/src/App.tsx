import { DirectTags } from './DirectTags.js';
import { Wrappers } from './Wrappers.js';

/** The example page: the same monitoring form, once with the tags, once with the wrappers. */
export function App() {
  return (
    <main>
      <h1>Мониторинг ШНРО и ШНСУ: г. Канск, 2021–2022 учебный год</h1>
      <p>
        Форма показывает ответы, сохранённые на сервере; численности совокупностей берутся из реестра школ.
        Исправьте количество — процент пересчитается сразу.
      </p>
      <DirectTags />
      <Wrappers />
    </main>
  );
}
