// A Torc-like server file: the catalog goal extracts its statements.
async fn list_jobs(pool: &SqlitePool, workflow_id: i64, status: Option<i64>) {
    let mut sql = String::from("SELECT id, name FROM job WHERE workflow_id = ?");
    if status.is_some() {
        sql.push_str(" AND status = ?");
    }
    sqlx::query(&sql).bind(workflow_id).fetch_all(pool).await;
}

async fn get_job(pool: &SqlitePool, id: i64) {
    sqlx::query!("SELECT id, name, status FROM job WHERE id = $1", id).fetch_one(pool).await;
}
