// Test code: never part of the catalog.
async fn seed(pool: &SqlitePool) {
    sqlx::query("DELETE FROM job").execute(pool).await.unwrap();
}
