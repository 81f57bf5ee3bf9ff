/**
 * Screens that face the class (the digibord): outside the signed-in app's chrome, so no
 * navigation, names or menus ever appear on the classroom's wall.
 */
export default function DisplayLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="inhoud" className="min-h-screen bg-black text-white">
      {children}
    </main>
  );
}
